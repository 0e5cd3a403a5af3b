/**
 * "The latest answer wins" for a read that can be asked again before its answer arrives (a
 * search typed on, a check re-run, another item opened): only the newest request may apply
 * its answer, and closing a screen drops whatever is still on its way.
 */
export class LatestRequest {
  private newest = 0;

  /** Starts a request; the function it returns says whether that request is still the newest. */
  start(): () => boolean {
    const mine = ++this.newest;
    return () => mine === this.newest;
  }

  /** Drops every request in flight: none of their answers will be applied. */
  cancel(): void {
    this.newest += 1;
  }
}
