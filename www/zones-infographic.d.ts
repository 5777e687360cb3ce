// Types of the embed's module (pkg/zones-infographic.js, and the kiosk build's
// kiosk/zones-infographic.js): every method, option and event of the host API.
// tests/browser/package.test.mjs checks them with `tsc` against a host script
// that uses every one, and that they name every method the module has.

/** The options of a graphic: the container's attribute as JSON, or the
 *  second argument of `new Infographic`. */
export interface InfographicOptions {
  /** The language shown: "zh" (default) or "en". */
  lang?: 'zh' | 'en';
  /** The slide to open on, from 0 (past the last is the last). */
  slide?: number;
  /** "auto" (default, follows the system), "light" or "dark". */
  theme?: 'auto' | 'light' | 'dark';
  /** Read and write `#slide-3&lang=en` in the address (never over a hash
   *  of the page's own). Default true. */
  hash?: boolean;
  /** Kiosk mode: the kiosk build only. */
  kiosk?: boolean;
  /** Kiosk: seconds a slide shows in the loop (0.01 to 86400, default 10). */
  advance?: number;
  /** Kiosk: seconds without a touch before it starts over (0.01 to 86400, default 60). */
  idle?: number;
  /** Kiosk: the web address of the graphic's page (http:// or https://, no
   *  `#`, at most 90 bytes); the kiosk then shows a QR code of the slide shown,
   *  in its language, for a visitor's phone. */
  share?: string;
}

/** The detail of `zones-infographic:ready`, `:slide` and `:lang`. */
export interface InfographicState {
  /** The slide shown, from 0. */
  slide: number;
  /** How many slides there are. */
  slides: number;
  /** The language shown. */
  lang: 'zh' | 'en';
}

/** The detail of `zones-infographic:figure`. */
export interface InfographicFigure {
  /** The dataset's figure id. */
  id: string;
}

/** The events a graphic sends on its container, bubbling and composed. */
export interface InfographicEventMap {
  'zones-infographic:ready': CustomEvent<InfographicState>;
  'zones-infographic:slide': CustomEvent<InfographicState>;
  'zones-infographic:lang': CustomEvent<InfographicState>;
  'zones-infographic:figure': CustomEvent<InfographicFigure>;
}

declare global {
  interface HTMLElementEventMap extends InfographicEventMap {}
}

/** A file of the slide shown. */
export type InfographicFile = 'png' | 'svg' | 'csv';

/** One graphic mounted in a container. */
export class Infographic {
  /** Mounts a graphic in `container` (mounting again replaces it). Throws an
   *  Error before the module has loaded (await `ready`), and on bad options
   *  (the container then shows the message). */
  constructor(container: HTMLElement, options?: InfographicOptions | string);
  /** The graphic mounted in `container`, or undefined. */
  static get(container: HTMLElement): Infographic | undefined;
  /** The package's version (semver), as in its package.json. */
  static readonly version: string;
  /** The address of the folder holding the package's pkg/ (or kiosk/),
   *  extra/ and fallback/, ending in "/": absolute or from the site's root
   *  ("/zones/"); by default the folder above the module's. Set it right
   *  after the import, before the module loads, where a bundler has moved
   *  the module. */
  static base: string;
  /** Resolves to the graphic at its first drawing (a graphic mounted hidden
   *  is drawn when shown); one destroyed before it is drawn never resolves. */
  readonly ready: Promise<Infographic>;
  /** The next slide. */
  next(): void;
  /** The previous slide. */
  prev(): void;
  /** Shows slide `index` (from 0), clamped to the slides there are. */
  show(index: number): void;
  /** The slide shown, from 0. */
  slide(): number;
  /** How many slides there are. */
  slideCount(): number;
  /** The language shown. */
  lang(): 'zh' | 'en';
  /** Shows the graphic in another language. */
  setLanguage(lang: 'zh' | 'en'): void;
  /** A promise of the slide shown as a file. */
  toBlob(kind: InfographicFile): Promise<Blob>;
  /** Removes the graphic and frees it at once; again does nothing. */
  destroy(): void;
  /** The same as destroy(). */
  free(): void;
  [Symbol.dispose](): void;
}

/** Resolves once the module is loaded and the page's containers present at
 *  the start are mounted (on a page whose containers are all lazy, when the
 *  first nears the viewport); rejects if the module cannot load. */
export const ready: Promise<{ memory: WebAssembly.Memory }>;

/** The graphics the module mounted itself, in the order it mounted them. */
export const mounted: Infographic[];
