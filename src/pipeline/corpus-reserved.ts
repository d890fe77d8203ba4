/**
 * Essays reserved for an outside evaluation must never enter the corpus: a
 * corpus essay matches a reserved one when their titles are the same (letters
 * and digits only, any case) or when any address it was read from is the
 * reserved one (protocol, `www.`, query and trailing slash aside).
 */
export interface ReservedEssay {
  title: string;
  url?: string | null;
}

const squash = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** An address as host and path: `https://www.x.org/a/?q=1` → `x.org/a`. */
export function addressKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '').replace(/\.$/, '')}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** The reserved essays a corpus essay matches, by title or by address. */
export function reservedMatches(
  essay: { title: string; url?: string; read_from: readonly string[] },
  reserved: readonly ReservedEssay[],
): ReservedEssay[] {
  const addresses = new Set([essay.url, ...essay.read_from].filter((u): u is string => !!u).map(addressKey));
  return reserved.filter(
    (r) => squash(r.title) === squash(essay.title) || (r.url ? addresses.has(addressKey(r.url)) : false),
  );
}
