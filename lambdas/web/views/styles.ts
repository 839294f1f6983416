/**
 * The one style sheet, served as `/style.css` (the CSP allows styles from this origin only, none inline).
 * Colours keep at least 4.5:1 contrast on their background (WCAG AA): text #1b1b1b and links #0b4f9c on white,
 * marks #3d2c00 on #ffe48a and #08315c on #d6e9ff.
 */
export const STYLE_CSS = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #4a4a4a; --link: #0b4f9c; --line: #d0d0d0; --bg: #fff; --panel: #f5f6f8; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; line-height: 1.5; color: var(--text); background: var(--bg); -webkit-text-size-adjust: 100%; }
body { margin: 0; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible { outline: 3px solid #c25e00; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 2; }
.skip:focus { left: .5rem; }
header.site, footer.site { background: #13294b; color: #fff; }
header.site a, footer.site a { color: #fff; }
header.site .bar, footer.site .bar { max-width: 72rem; margin: 0 auto; padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; }
header.site .name { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
header.site nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
footer.site { margin-top: 3rem; font-size: .9rem; }
.page { max-width: 72rem; margin: 0 auto; padding: 1rem; display: grid; gap: 2rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 52rem) { .page.with-aside { grid-template-columns: minmax(0, 1fr) 20rem; } }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
.meta, .muted { color: var(--muted); font-size: .92rem; }
ol.releases { list-style: none; padding: 0; margin: 0; }
ol.releases > li { border-bottom: 1px solid var(--line); padding: .9rem 0; }
ul.tags { list-style: none; padding: 0; margin: .35rem 0 0; display: flex; flex-wrap: wrap; gap: .35rem; }
ul.tags li > a { display: inline-block; padding: .1rem .5rem; border: 1px solid var(--line); border-radius: 1rem; font-size: .88rem; text-decoration: none; }
form.search { background: var(--panel); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); }
form.search .wide { grid-column: 1 / -1; }
form.search label { display: block; font-weight: 600; font-size: .92rem; margin-bottom: .2rem; }
form.search .hint { font-weight: 400; color: var(--muted); }
form.search input { width: 100%; font: inherit; padding: .45rem .5rem; border: 1px solid #767676; border-radius: .3rem; background: #fff; color: var(--text); min-height: 2.5rem; }
form.search button { font: inherit; font-weight: 600; padding: .5rem 1.25rem; border: 0; border-radius: .3rem; background: #0b4f9c; color: #fff; min-height: 2.5rem; cursor: pointer; }
aside section { background: var(--panel); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin-bottom: 1rem; }
aside h2 { margin-top: 0; }
aside ul { padding-left: 1.1rem; margin: .25rem 0; }
aside li { margin: .3rem 0; overflow-wrap: anywhere; }
.count { color: var(--muted); font-variant-numeric: tabular-nums; }
.text p { margin: 0 0 1rem; overflow-wrap: anywhere; }
mark { padding: 0 .15em; border-radius: .2em; }
mark.country { background: #ffe48a; color: #3d2c00; }
mark.official { background: #d6e9ff; color: #08315c; }
mark.country.official { background: linear-gradient(#ffe48a 50%, #d6e9ff 50%); color: #1b1b1b; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .25rem 1rem; margin: 0 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.state { font-weight: 600; }
nav.pager ul { list-style: none; padding: 0; display: flex; gap: 1rem; }
.legend mark { display: inline-block; }
.problems { border-left: 4px solid #b00020; padding: .25rem 1rem; background: #fff4f5; }
table.roles { border-collapse: collapse; width: 100%; font-size: .92rem; }
table.roles th, table.roles td { text-align: left; border-bottom: 1px solid var(--line); padding: .3rem .4rem .3rem 0; vertical-align: top; }
`;
