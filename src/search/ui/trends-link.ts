/**
 * The search page's link to the trends page (src/pages/trends.astro) carries
 * the query in the search box, so a reader goes from the reports that
 * mention a term to how their number changes over the years.
 */
export function linkTrends(link: HTMLAnchorElement, input: HTMLInputElement, trendsPath: string): void {
  const update = (): void => {
    const query = input.value.trim();
    link.href = trendsPath + (query ? `?q=${encodeURIComponent(query)}` : '');
  };
  input.addEventListener('input', update);
  // The search page fills the box from the URL on load and on back and forward.
  window.addEventListener('popstate', update);
  update();
}
