/**
 * The event handlers registered on one kind of event, each under the token its `add` call gave back
 * (what `remove()` on the handler's result undoes). Each kind of event keeps with a handler what it
 * delivers by: a sheet, or an event type.
 */
export class HandlerRegistry<Registration> {
  private readonly registrations = new Map<number, Registration>();
  private nextToken = 1;

  protected add(registration: Registration): number {
    const token = this.nextToken++;
    this.registrations.set(token, registration);
    return token;
  }

  unregister(token: number): void {
    this.registrations.delete(token);
  }

  get handlerCount(): number {
    return this.registrations.size;
  }

  /** the handlers registered now */
  protected registered(): IterableIterator<Registration> {
    return this.registrations.values();
  }
}
