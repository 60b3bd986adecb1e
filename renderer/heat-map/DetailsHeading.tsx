import type { FrameworkCatalogue } from '../../shared/etom/catalogue';

/**
 * The head of a map cell's details (the heat map's, the compare map's): the path of its
 * ancestors, each a button that opens it, then the process's id and name.
 */
export function DetailsHeading({
  catalogue,
  id,
  name,
  onOpen,
}: {
  catalogue: FrameworkCatalogue;
  id: string;
  name: string;
  onOpen: (id: string) => void;
}) {
  return (
    <>
      <nav className="heat-path" aria-label="Path">
        {catalogue.ancestors(id).map((a) => (
          <button key={a.id} type="button" className="link" onClick={() => onOpen(a.id)}>
            {a.id}
          </button>
        ))}
      </nav>
      <h3>
        <code>{id}</code> {name}
      </h3>
    </>
  );
}
