import type { TextStyle } from './fonts';

// What a share image shows, as data: the layouts in components/og describe one, lib/og draws it.

export type Box = { x: number; y: number; width: number; height: number };

export type SceneRect = { kind: 'rect'; box: Box; fill: string };

export type SceneText = {
  kind: 'text';
  text: string;
  style: TextStyle;
  /** Font sizes in pixels to try, largest first: the first whose lines fit the box is used. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  color: string;
  box: Box;
  /** The text's direction and language (from its edition): shaping, bidi and alignment. */
  dir: 'ltr' | 'rtl';
  lang: string;
  /** `start` is the left edge for left-to-right text and the right edge for right-to-left. */
  align: 'start' | 'end';
  verticalAlign: 'top' | 'center' | 'bottom';
  letterSpacing?: number;
};

export type Scene = {
  width: number;
  height: number;
  background: string;
  items: (SceneRect | SceneText)[];
};
