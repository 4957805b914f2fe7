/**
 * The in-memory workbook as a small spreadsheet: click or drag to select, type or double-click to
 * edit, Enter to commit (a user edit, which fires onChanged as in Excel), arrows to move, sheet tabs.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type CSSProperties, type KeyboardEvent } from 'react';
import { columnLetters, cellAddress } from '../workbook/cells/a1';
import { displayCell } from './cell-display';
import { rangeBetween, rangeContains, rangeToAddress, type GridPoint } from './grid-range';
import type { GridSheet, PlaygroundWorkbook } from './playground-workbook';
import { valueFromTyped } from './typed-value';

const MIN_ROWS = 30;
const MIN_COLUMNS = 12;
const SPARE_ROWS = 10;
const SPARE_COLUMNS = 2;
const PIXELS_PER_CHARACTER = 7;
const DEFAULT_COLUMN_PIXELS = 72;
const MAX_COLUMN_PIXELS = 320;

interface Editing {
  row: number;
  column: number;
  text: string;
}

export function WorkbookGrid({ workbook }: { workbook: PlaygroundWorkbook }) {
  // The workbook changes outside React (the pane writes through the Excel API): re-read on every change.
  useSyncExternalStore(
    useCallback((listener: () => void) => workbook.subscribe(listener), [workbook]),
    () => workbook.version(),
  );
  const sheets = workbook.sheets();
  const activeName = workbook.activeSheet();
  const sheet = sheets.find((s) => s.name === activeName) ?? sheets[0];
  const selection = workbook.selection();
  const [anchor, setAnchor] = useState<GridPoint>({ row: 1, column: 1 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const dragging = useRef(false);
  const gridRef = useRef<HTMLDivElement>(null);

  const selected = selection && sheet && selection.sheet === sheet.name ? selection.range : null;
  const active: GridPoint = selected ? { row: selected.top, column: selected.left } : { row: 1, column: 1 };

  useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

  // A range.select() from the add-in scrolls the grid to the selected cell, as Excel does.
  useEffect(() => {
    if (!selected || !sheet) return;
    const cell = gridRef.current?.querySelector(`[data-address="${cellAddress(selected.top, selected.left)}"]`);
    if (cell && 'scrollIntoView' in cell) (cell as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selected?.top, selected?.left, sheet?.name]);

  if (!sheet) return <p>—</p>;

  const rows = Math.max(MIN_ROWS, sheet.lastRow + SPARE_ROWS);
  const columns = Math.max(MIN_COLUMNS, sheet.lastColumn + SPARE_COLUMNS);

  const select = (from: GridPoint, to: GridPoint) => workbook.select({ sheet: sheet.name, range: rangeBetween(from, to) });
  const moveTo = (point: GridPoint) => {
    const clamped = { row: Math.max(1, point.row), column: Math.max(1, point.column) };
    setAnchor(clamped);
    select(clamped, clamped);
  };
  const commit = (edit: Editing, next: GridPoint) => {
    workbook.userEdit(sheet.name, edit.row, edit.column, valueFromTyped(edit.text));
    setEditing(null);
    moveTo(next);
    gridRef.current?.focus();
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const { row, column } = active;
    const moves: Record<string, GridPoint> = {
      ArrowUp: { row: row - 1, column },
      ArrowDown: { row: row + 1, column },
      ArrowLeft: { row, column: column - 1 },
      ArrowRight: { row, column: column + 1 },
      Enter: { row: row + 1, column },
      Tab: { row, column: event.shiftKey ? column - 1 : column + 1 },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move);
    } else if (event.key === 'F2') {
      event.preventDefault();
      setEditing({ row, column, text: editText(sheet, row, column) });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      workbook.userEdit(sheet.name, row, column, null);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a selected cell replaces its content, as in Excel.
      event.preventDefault();
      setEditing({ row, column, text: event.key });
    }
  };

  return (
    <div className="grid-shell">
      <div className="formula-bar">
        <span className="name-box" data-testid="name-box">
          {selected ? rangeToAddress(selected) : ''}
        </span>
        <span className="formula-text" data-testid="formula-text">
          {selected ? editText(sheet, selected.top, selected.left) : ''}
        </span>
      </div>
      <div
        className="grid-scroll"
        ref={gridRef}
        tabIndex={0}
        role="grid"
        aria-label={sheet.name}
        aria-rowcount={rows}
        aria-colcount={columns}
        onKeyDown={onGridKeyDown}
        data-testid="grid"
      >
        <table className="grid">
          <colgroup>
            <col className="row-header-col" />
            {Array.from({ length: columns }, (_, i) => (
              <col key={i} style={{ width: columnPixels(sheet, i + 1) }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="corner" />
              {Array.from({ length: columns }, (_, i) => (
                <th key={i} scope="col" className="column-header">
                  {columnLetters(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => {
              const row = r + 1;
              return (
                <tr key={row}>
                  <th scope="row" className="row-header">
                    {row}
                  </th>
                  {Array.from({ length: columns }, (_, c) => {
                    const column = c + 1;
                    const address = cellAddress(row, column);
                    const cell = sheet.cell(row, column);
                    const isSelected = selected !== null && rangeContains(selected, row, column);
                    const isActive = selected !== null && row === active.row && column === active.column;
                    const isEditing = editing !== null && editing.row === row && editing.column === column;
                    return (
                      <td
                        key={column}
                        role="gridcell"
                        aria-selected={isSelected}
                        data-address={address}
                        className={cellClass(isSelected, isActive, cell?.wrap)}
                        style={cellStyle(cell)}
                        onMouseDown={(event) => {
                          if (isEditing) return;
                          event.preventDefault();
                          gridRef.current?.focus();
                          dragging.current = true;
                          const point = { row, column };
                          if (event.shiftKey) select(anchor, point);
                          else {
                            setAnchor(point);
                            select(point, point);
                          }
                        }}
                        onMouseEnter={() => {
                          if (dragging.current) select(anchor, { row, column });
                        }}
                        onDoubleClick={() => setEditing({ row, column, text: editText(sheet, row, column) })}
                      >
                        {isEditing ? (
                          <CellEditor
                            editing={editing}
                            onChange={(text) => setEditing({ row, column, text })}
                            onCommit={(next) => commit(editing, next)}
                            onCancel={() => {
                              setEditing(null);
                              gridRef.current?.focus();
                            }}
                          />
                        ) : cell ? (
                          displayCell(cell.value, cell.numberFormat)
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="sheet-tabs" role="tablist" aria-label="Sheets">
        {sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            className="sheet-tab"
            onClick={() => {
              setEditing(null);
              workbook.activateSheet(s.name);
            }}
            data-testid={`sheet-tab-${s.name}`}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}

function CellEditor({
  editing,
  onChange,
  onCommit,
  onCancel,
}: {
  editing: Editing;
  onChange(text: string): void;
  onCommit(next: GridPoint): void;
  onCancel(): void;
}) {
  return (
    <input
      className="cell-editor"
      autoFocus
      aria-label={cellAddress(editing.row, editing.column)}
      value={editing.text}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onCommit({ row: editing.row + 1, column: editing.column });
        } else if (event.key === 'Tab') {
          event.preventDefault();
          onCommit({ row: editing.row, column: editing.column + 1 });
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
      data-testid="cell-editor"
    />
  );
}

/** A formula shows as its formula while editing, as in Excel's formula bar. */
function editText(sheet: GridSheet, row: number, column: number): string {
  const cell = sheet.cell(row, column);
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  return displayCell(cell.value, 'General');
}

function columnPixels(sheet: GridSheet, column: number): number {
  const width = sheet.columnWidth(column);
  return width === null ? DEFAULT_COLUMN_PIXELS : Math.min(MAX_COLUMN_PIXELS, Math.max(24, Math.round(width * PIXELS_PER_CHARACTER)));
}

function cellClass(selected: boolean, active: boolean, wrap: boolean | undefined): string {
  return ['cell', selected ? 'selected' : '', active ? 'active' : '', wrap ? 'wrap' : ''].filter(Boolean).join(' ');
}

function cellStyle(cell: ReturnType<GridSheet['cell']>): CSSProperties | undefined {
  if (!cell) return undefined;
  return {
    fontWeight: cell.bold ? 600 : undefined,
    backgroundColor: cell.fill,
    color: cell.fontColor,
    textAlign: cell.horizontal ?? (typeof cell.value === 'number' ? 'right' : undefined),
  };
}

