import { PushIterator } from './push-iterator.js';

const counter = () => {
  const count = () => count.calls++;
  count.calls = 0;
  return count;
};

describe('a push iterator feeding a subscription', () => {
  it('hands values over in order, whether pushed before or while the consumer waits', async () => {
    const feed = new PushIterator<number>(() => undefined);
    feed.push(1);
    const waiting = (async () => [await feed.next(), await feed.next()])();
    feed.push(2);
    expect(await waiting).toEqual([
      { value: 1, done: false },
      { value: 2, done: false },
    ]);
  });

  it('ends at once on return(), even while next() waits, and releases its source exactly once', async () => {
    const onClose = counter();
    const feed = new PushIterator<number>(onClose);
    const pending = feed.next();
    await feed.return();
    await feed.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(onClose.calls).toBe(1);
    feed.push(3);
    expect(await feed.next()).toEqual({ value: undefined, done: true });
  });

  it('cuts off a consumer that falls too far behind with an error saying so, and releases its source', async () => {
    const onClose = counter();
    const feed = new PushIterator<number>(onClose, 2);
    [1, 2, 3].forEach((n) => feed.push(n));
    await expect(feed.next()).rejects.toThrow('the subscriber fell more than 2 messages behind and was cut off: subscribe again');
    expect(onClose.calls).toBe(1);
  });
});
