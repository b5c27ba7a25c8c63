/**
 * Which of a vendor's contracts the server speaks, learnt once from its first telling answer and kept for the
 * provider's life. While it is unknown, calls take turns: one probes, the others wait and then see the decision,
 * so a run with many creators in flight asks the server once instead of once per creator. A probe that ends
 * undecided (a creator missing in both contracts, a transient failure) lets the next caller probe in turn.
 */
export class ContractChoice<C extends string> {
  private decided: C | null;
  private probing: Promise<void> | null = null;

  constructor(pinned: C | null = null) {
    this.decided = pinned;
  }

  get current(): C | null {
    return this.decided;
  }

  /** Records the contract; the first decision stands for the rest of the provider's life. */
  decide(contract: C): void {
    this.decided ??= contract;
  }

  /** `inContract` once the contract is known; until then `probe`, one caller at a time. */
  async run<T>(inContract: (contract: C) => Promise<T>, probe: () => Promise<T>): Promise<T> {
    for (;;) {
      if (this.decided !== null) return inContract(this.decided);
      if (this.probing !== null) {
        await this.probing;
        continue;
      }
      let release = () => {};
      this.probing = new Promise<void>((resolve) => {
        release = resolve;
      });
      try {
        return await probe();
      } finally {
        this.probing = null;
        release();
      }
    }
  }
}
