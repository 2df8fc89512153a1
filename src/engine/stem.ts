// A light English stemmer for folded words, so that "chaired", "chairs" and "chairing" meet "chair".

/**
 * Strips English inflections (plural, -ed, -ing, a final silent e) from a folded word. Vietnamese syllables never
 * end in these suffixes (their finals are c, ch, m, n, ng, nh, p, t or a vowel, and none of five letters ends in e),
 * so they pass through unchanged. Deliberately small: derivations ("chairman", "cooperation") stay distinct words,
 * since a wrong merge costs more than a miss.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length < 4 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('eed')) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  w = spelledAlike(w);
  // "approve"/"approved" and "produce"/"produced" meet at "approv", "produc"; short words ("theme") keep their e.
  if (w.length >= 6 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** A word that may be spelt the other way (most words are not: they are returned without running the rules). */
const MAY_DIFFER = /z|ogue$|[tb]re$|our|gramme$|ell$/;

/**
 * British and American spellings of one word meet: the table mostly writes "organisation", "dialogue", "centre" and
 * "programme", askers type either. Each rule changes the rarer ending (few words end in -ogue, -tre, -our, -gramme or
 * have a z), needs three letters before it, and cannot apply to a Vietnamese syllable (no z, no final r or gue). Both
 * the table and the question are read alike, so a rule that also changes some other word ("citizen") changes it
 * everywhere and merges nothing.
 */
export function spelledAlike(w: string): string {
  if (w.length < 5 || !MAY_DIFFER.test(w)) return w;
  return (
    w
      // organize, organization, analyze → organise, organisation, analyse
      .replace(/(?<=[a-z]{3}[iy])z(?=[aeiy]|$)/, 's')
      // dialogue, catalogue → dialog, catalog
      .replace(/(?<=[a-z]{3})ogue$/, 'og')
      // centre, fibre, theatre → center, fiber, theater
      .replace(/(?<=[a-z]{3})(?<=[tb])re$/, 'er')
      // honour, favourite, labour → honor, favorite, labor
      .replace(/(?<=[a-z]{3})our(?=$|abl|ite)/, 'or')
      // programme → program
      .replace(/(?<=[a-z]{3})gramme$/, 'gram')
      // travell(ed), cancell(ed) → travel, cancel
      .replace(/(?<=[a-z]{3})ell$/, 'el')
  );
}

/** "planned" → "plan", "admitted" → "admit"; "called", "passed" keep their double letter, as "call", "pass" do. */
function undouble(w: string): string {
  const n = w.length;
  return n >= 4 && w[n - 1] === w[n - 2] && !/[lsz]/.test(w[n - 1]!) ? w.slice(0, -1) : w;
}
