export function SiteFooter({ version, reviewed }: { version?: string; reviewed?: string }) {
  return (
    <footer className="site-footer">
      <p>
        {version ? <>Catalog {version}, reviewed {reviewed}. </> : null}
        Not affiliated with Amazon. Nothing you paste or type here leaves this page.
      </p>
    </footer>
  );
}
