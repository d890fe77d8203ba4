/** A file name or title as a claim-id slug: lower-case words joined by hyphens ("My Draft.md" → "my-draft"). */
export function slugFor(name: string): string {
  return (
    name
      .replace(/\.(md|markdown|txt)$/i, '')
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'your-text'
  );
}
