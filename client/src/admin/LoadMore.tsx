import { useAdminI18n } from './useAdminI18n';

/** Cursor pagination's button; keeps its place (and focus) while the next page loads. */
export function LoadMore({ busy, onClick }: { busy: boolean; onClick: () => void }) {
  const { at } = useAdminI18n();
  return (
    <div className="actions">
      <button type="button" className="button button--secondary" onClick={onClick} aria-disabled={busy || undefined}>
        {busy ? at('desk.loadingMore') : at('desk.loadMore')}
      </button>
    </div>
  );
}
