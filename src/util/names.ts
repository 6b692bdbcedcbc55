// Which earlier full name a shorter person name stands for, shared by speaker attribution and entity resolution.

/**
 * The full name, among `holders` (full names that hold a shorter name as their ending or opening:
 * "Ousmane Diouf Vekla" for "Vekla"), that the shorter name at position `at` stands for. News names a
 * person in full before it shortens the name, and calls a relative introduced later by the given
 * name ("… says Vekla. His nephew Tomas Vekla …"), so only holders introduced before `at` count,
 * and they must all be one person (a shorter form of the same full name is the same person).
 *
 * Shapes: `holders` are [full name, position of its first mention]; positions are any one ordering
 * of the document (mention indices); `samePerson` tells whether two holders name one person;
 * `preferred(a, b)` whether `a` is to be returned rather than `b` (default: the first one seen).
 * Returns the chosen [full name, position], or undefined when no holder comes before `at` or two of
 * those that do are different people.
 */
export function soleHolderBefore<T>(
  holders: Iterable<readonly [T, number]>,
  at: number,
  samePerson: (a: T, b: T) => boolean,
  preferred: (a: readonly [T, number], b: readonly [T, number]) => boolean = () => false,
): readonly [T, number] | undefined {
  let found: readonly [T, number] | undefined;
  for (const holder of holders) {
    if (holder[1] >= at) continue;
    if (found && !samePerson(holder[0], found[0])) return undefined;
    if (!found || preferred(holder, found)) found = holder;
  }
  return found;
}
