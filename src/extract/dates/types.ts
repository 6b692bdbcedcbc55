import type { Span } from '../../types.ts';

/**
 * Which way an open expression resolves: 'past' = on or before the reference,
 * 'past-strict' = before it ("last Friday"), 'future' = on or after it ("will …
 * on Friday"), 'future-strict' = after it ("next March"), 'nearest' = either
 * side, the past preferred (a future date counts twice as far).
 */
// 'either': the nearest, with no lean to the past (a plan overtaken, whose day may lie on either side).
export type Direction = 'past' | 'past-strict' | 'future' | 'future-strict' | 'nearest' | 'either';

export interface Parsed {
  timex: string;
  direction?: Direction;
  /** Offsets within the match when the date is only part of it ("in the spring" → "the spring"). */
  start?: number;
  end?: number;
  /** An anaphor or a part of a day that looks back over the whole story, not only its paragraph ("later in the day", "in morning trading"). */
  wholeStory?: boolean;
}

export interface Found extends Span {
  timex: string;
  /** Set when the expression itself fixes the direction ("last", "next"); otherwise the context decides. */
  direction?: Direction;
  /** A time of day only ("8:50 p.m."), to be merged with an adjacent day. */
  kind: 'day' | 'time' | 'other';
  /** The antecedent may be anywhere before it in the story (see Parsed). */
  wholeStory?: boolean;
  /** Index of the parser that found it: the earlier parser wins a tie in length. */
  priority: number;
}

export interface DateParser {
  name: string;
  pattern: RegExp;
  /** Return null to decline a match (the text around it says it is no date). */
  parse(m: RegExpExecArray, text: string): Parsed | Parsed[] | null;
}
