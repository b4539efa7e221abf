/** The catalog's version and review date (once the catalog is there), and what the site is not. */
export function SiteFooter({ version, reviewed }: { version?: string; reviewed?: string }) {
  return (
    <footer className="site-footer">
      <p>
        {version ? (
          <>
            Catalog {version}, reviewed {reviewed ? <time dateTime={reviewed}>{reviewed}</time> : 'recently'}.{' '}
          </>
        ) : null}
        Not affiliated with Amazon. What you paste stays in your browser; a search query goes only into the page address, with anything
        secret-shaped masked.
      </p>
    </footer>
  );
}
