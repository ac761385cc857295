/** The words of an alphabetically sorted list that start with `prefix`, in order (binary search). */
export function* wordsStartingWith(sorted: readonly string[], prefix: string): Generator<string> {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? "") < prefix) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < sorted.length; i++) {
    const word = sorted[i] as string;
    if (!word.startsWith(prefix)) return;
    yield word;
  }
}
