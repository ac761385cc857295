/** "Load more" for a cursor-paged list (TanStack Query's infinite query); absent on the last page. */
export function LoadMoreButton({
  query,
  label,
  loadingLabel,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  label: string;
  loadingLabel: string;
}) {
  if (!query.hasNextPage) return null;
  return (
    <p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={query.isFetchingNextPage || undefined}
        onClick={() => !query.isFetchingNextPage && query.fetchNextPage()}
      >
        {query.isFetchingNextPage ? loadingLabel : label}
      </button>
    </p>
  );
}
