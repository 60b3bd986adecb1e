import type { WorkbookImportReport } from '../../shared/ipc/methods/framework-methods';
import './library-dialogs.css';

/** What an import did: the pack made, processes per level and the rows it could not take. */
export function ImportReportView({ report }: { report: WorkbookImportReport }) {
  const levels = Object.entries(report.countsByLevel).sort(([a], [b]) => Number(a) - Number(b));
  return (
    <section aria-label="Import report" className="import-report">
      <p role="status">
        {`Imported ${report.processCount.toLocaleString()} processes from ${report.file} (sheet ${report.sheet}, ${report.rowsRead.toLocaleString()} rows) into “${report.label}”${report.replaced ? ', replacing the earlier import' : ''}. Choose it under Framework pack.`}
      </p>
      <table className="report-table">
        <caption>Processes per level</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Processes</th>
          </tr>
        </thead>
        <tbody>
          {levels.map(([level, count]) => (
            <tr key={level}>
              <td>{level}</td>
              <td>{count.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.synthesized.length > 0 && (
        <p className="muted">{`Level-1 domains made from L2 identifiers: ${report.synthesized.join(', ')}`}</p>
      )}
      {report.rejectedCount === 0 ? (
        <p>Every row was taken.</p>
      ) : (
        <>
          <p className="warning">{`${report.rejectedCount} ${report.rejectedCount === 1 ? 'row' : 'rows'} could not be taken:`}</p>
          <ul className="rejected-list" aria-label="Rejected rows">
            {report.rejected.map((row) => (
              <li key={row.row}>{`Row ${row.row}: ${row.reason}`}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
