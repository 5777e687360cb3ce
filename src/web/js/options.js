// Reading a host's options object for src/web/options.rs: reading it runs the
// host's code (getters, proxy traps), so an exception is caught here and never
// unwinds through the module.

/** The [key, value] pairs of a plain object; null for anything else, or the
 *  message of what reading it threw (its first 100 characters). */
export function option_entries(v) {
  try {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
    return Object.entries(v);
  } catch (e) {
    // What was thrown may be anything: an object with no toString, or one
    // whose message throws, or a huge message (the module quotes 80 characters).
    try {
      return String((e && e.message) || e).slice(0, 100);
    } catch (x) {
      return 'an exception with no message';
    }
  }
}
