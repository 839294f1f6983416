/**
 * Family names of Chinese and Korean officials, who are written family name first in every language ("Li
 * Qiang", "Wang Yi", "Yoon Suk Yeol") and named by the family name alone ("Premier Li", "Yoon said"), folded.
 * Vietnamese names are left out on purpose: their family name comes first too, but a person is named by the
 * last word ("Prime Minister Chinh" for Pham Minh Chinh). Japanese names written in the Western order end
 * with the family name; in the Japanese order it is written in capitals (KISHIDA Fumio), which the stages read.
 */
export const FAMILY_FIRST_NAMES: ReadonlySet<string> = new Set(
  `li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo luo liang song zheng xie tang feng
  dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong
  tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng wan duan
  lei qian yin qiao lai gong wen xi
  kim lee park choi jung jeong kang cho yoon yun jang lim oh seo shin kwon hwang ahn yoo ryu hong jeon moon
  baek heo nam noh roh kwak chung ban`.split(/\s+/),
);
