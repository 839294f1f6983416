import type { OfficialMerge, OfficialMergeRegistry } from '../../core/identity/official-merges';

/** Operators' merges in memory: the same answers as `DynamoDbOfficialMerges`, for tests and a web app's. */
export class MemoryOfficialMerges implements OfficialMergeRegistry {
  private readonly merges = new Map<string, string>();

  async listMerges(): Promise<OfficialMerge[]> {
    return [...this.merges].map(([id, into]) => ({ id, into }));
  }

  async addMerge(merge: OfficialMerge): Promise<void> {
    this.merges.set(merge.id, merge.into);
  }

  async removeMerge(id: string): Promise<void> {
    this.merges.delete(id);
  }
}
