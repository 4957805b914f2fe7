/**
 * The in-memory workbook as a small spreadsheet: click or drag to select, type or double-click to
 * edit, Enter to commit (a person's edit, which fires onChanged as in Excel), arrows to move, sheet
 * tabs. It draws whatever the workbook holds, so the pane's writes and range.select() calls show.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type CSSProperties, type KeyboardEvent } from 'react';
import type { MemoryCellSnapshot, MemoryWorkbook } from '../hosts/memory/memory-workbook';
import { parseRange } from '../workbook/cells/cell-range';
import { formatBounds, type Bounds } from '../hosts/memory/range-address';
import { cellAddress, columnLetters } from '../workbook/cells/a1';
import { displayCell } from './cell-display';
import { boundsContainCell, rangeBetween, type GridPoint } from './grid-range';

const MIN_ROWS = 30;
const MIN_COLUMNS = 12;
const SPARE_ROWS = 10;
const SPARE_COLUMNS = 2;
const DEFAULT_COLUMN_PIXELS = 64;
const ROW_HEADER_PIXELS = 40;
const MAX_COLUMN_PIXELS = 480;

interface Editing {
  row: number;
  column: number;
  text: string;
}

/** How merged areas draw: the top-left cell spans the area, the others are not drawn. */
interface MergeLayout {
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  hidden: Set<string>;
}

export function WorkbookGrid({ workbook }: { workbook: MemoryWorkbook }) {
  // The workbook changes outside React (the pane writes through the Excel API): draw again on every change.
  useSyncExternalStore(
    useCallback((listener: () => void) => workbook.subscribe(listener), [workbook]),
    () => workbook.version,
  );
  const sheetNames = workbook.sheetNames().filter((name) => workbook.sheetInfo(name).visibility === 'Visible');
  const activeName = workbook.activeSheetName();
  const sheetName = activeName && sheetNames.includes(activeName) ? activeName : sheetNames[0];
  const current = workbook.selection();
  const selected = current && current.sheet === sheetName ? parseRange(current.address) : null;
  const [anchor, setAnchor] = useState<GridPoint>({ row: 1, column: 1 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const dragging = useRef(false);
  const typingRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Only the grid's own clicks and keys take the keyboard focus: a range.select() from the pane must
  // not pull it away from the pane.
  const focusAfterRender = useRef(false);

  useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

  // Another sheet opens at its top-left corner.
  useLayoutEffect(() => {
    scrollRef.current?.scrollTo({ left: 0, top: 0 });
  }, [sheetName]);

  const activeAddress = selected ? cellAddress(selected.top, selected.left) : null;
  const isEditing = editing !== null;
  // Before the browser paints, so keys typed right after a click land in the new cell.
  useLayoutEffect(() => {
    if (!activeAddress) return;
    const input = typingRef.current;
    input?.closest('td')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    if (focusAfterRender.current) {
      focusAfterRender.current = false;
      input?.focus();
    }
  }, [activeAddress, sheetName, isEditing]);

  if (!sheetName) return null;
  const info = workbook.sheetInfo(sheetName);
  const rows = Math.max(MIN_ROWS, info.lastRow + SPARE_ROWS);
  const columns = Math.max(MIN_COLUMNS, info.lastColumn + SPARE_COLUMNS);
  const merges = mergeLayout(info.merges);
  const widths = Array.from({ length: columns }, (_, i) => columnPixels(info.columnWidths[i + 1]));
  const tableWidth = ROW_HEADER_PIXELS + widths.reduce((sum, width) => sum + width, 0);
  const active: GridPoint = selected ? { row: selected.top, column: selected.left } : { row: 1, column: 1 };
  const cellAt = (row: number, column: number) => workbook.getCellAt(sheetName, row, column);

  const select = (from: GridPoint, to: GridPoint) => {
    focusAfterRender.current = true;
    workbook.select(sheetName, formatBounds(rangeBetween(from, to)));
  };
  const moveTo = (point: GridPoint) => {
    const clamped = { row: Math.max(1, point.row), column: Math.max(1, point.column) };
    setAnchor(clamped);
    select(clamped, clamped);
  };
  const commit = (edit: Editing, next: GridPoint) => {
    // The text goes in as typed: the workbook reads "95%" or "12" the way Excel does.
    workbook.userEdit(sheetName, cellAddress(edit.row, edit.column), edit.text);
    setEditing(null);
    moveTo(next);
  };
  const startEditing = (edit: Editing) => {
    focusAfterRender.current = true;
    setEditing(edit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { row, column } = active;
    const next: Record<string, GridPoint> = {
      Enter: { row: row + 1, column },
      Tab: { row, column: event.shiftKey ? column - 1 : column + 1 },
      ...(editing
        ? {}
        : {
            ArrowUp: { row: row - 1, column },
            ArrowDown: { row: row + 1, column },
            ArrowLeft: { row, column: column - 1 },
            ArrowRight: { row, column: column + 1 },
          }),
    };
    if (event.nativeEvent.isComposing) return;
    if (next[event.key]) {
      event.preventDefault();
      if (editing) commit(editing, next[event.key]);
      else moveTo(next[event.key]);
    } else if (event.key === 'Escape' && editing) {
      event.preventDefault();
      focusAfterRender.current = true;
      setEditing(null);
    } else if (event.key === 'F2' && !editing) {
      event.preventDefault();
      startEditing({ row, column, text: editText(cellAt(row, column)) });
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && !editing) {
      event.preventDefault();
      workbook.userEdit(sheetName, cellAddress(row, column), '');
    }
  };

  return (
    <div className="grid-shell">
      <div className="formula-bar">
        <span className="name-box" data-testid="name-box">
          {selected ? formatBounds(selected) : ''}
        </span>
        <span className="formula-text" data-testid="formula-text">
          {selected ? editText(cellAt(selected.top, selected.left)) : ''}
        </span>
      </div>
      <div className="grid-scroll" ref={scrollRef} role="grid" aria-label={sheetName} aria-rowcount={rows} aria-colcount={columns} data-testid="grid">
        <table className="grid" style={{ width: tableWidth }}>
          <colgroup>
            <col style={{ width: ROW_HEADER_PIXELS }} />
            {widths.map((width, i) => (
              <col key={i} style={{ width }} />
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
                    if (merges.hidden.has(address)) return null;
                    const cell = cellAt(row, column);
                    const isSelected = selected !== null && boundsContainCell(selected, row, column);
                    const isActive = selected !== null && row === active.row && column === active.column;
                    const span = merges.spans.get(address);
                    return (
                      <td
                        key={column}
                        role="gridcell"
                        aria-selected={isSelected}
                        data-address={address}
                        rowSpan={span?.rowSpan}
                        colSpan={span?.colSpan}
                        className={cellClass(isSelected, isActive, cell.format.wrap)}
                        style={cellStyle(cell)}
                        onMouseDown={(event) => {
                          if (isActive && editing) return;
                          event.preventDefault();
                          if (editing) workbook.userEdit(sheetName, cellAddress(editing.row, editing.column), editing.text);
                          setEditing(null);
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
                        onDoubleClick={() => startEditing({ row, column, text: editText(cell) })}
                      >
                        {isActive && editing ? null : displayCell(cell.value, cell.numberFormat)}
                        {isActive ? (
                          <input
                            ref={typingRef}
                            className={editing ? 'cell-editor' : 'cell-typing'}
                            aria-label={`${sheetName}!${address}`}
                            value={editing?.text ?? ''}
                            // Typing of any kind (keys, an input method, pasted text) starts editing, as in Excel.
                            onChange={(event) => setEditing({ row, column, text: event.target.value })}
                            onKeyDown={onKeyDown}
                            data-testid={editing ? 'cell-editor' : 'cell-typing'}
                          />
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
        {sheetNames.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === sheetName}
            className="sheet-tab"
            onClick={() => {
              setEditing(null);
              workbook.activateSheet(name);
            }}
            data-testid={`sheet-tab-${name}`}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}

/** What the editor starts with: a formula as its formula, a percentage as typed ("85%"), else the value. */
function editText(cell: MemoryCellSnapshot): string {
  if (cell.formula) return cell.formula;
  if (typeof cell.value === 'number' && cell.numberFormat.includes('%')) return displayCell(cell.value, cell.numberFormat);
  return displayCell(cell.value, 'General');
}

function mergeLayout(merges: readonly string[]): MergeLayout {
  const layout: MergeLayout = { spans: new Map(), hidden: new Set() };
  for (const address of merges) {
    const bounds: Bounds | null = parseRange(address);
    if (!bounds) continue;
    layout.spans.set(cellAddress(bounds.top, bounds.left), {
      rowSpan: bounds.bottom - bounds.top + 1,
      colSpan: bounds.right - bounds.left + 1,
    });
    for (let row = bounds.top; row <= bounds.bottom; row++) {
      for (let column = bounds.left; column <= bounds.right; column++) {
        if (row !== bounds.top || column !== bounds.left) layout.hidden.add(cellAddress(row, column));
      }
    }
  }
  return layout;
}

/** Excel widths are in points; a screen shows 4/3 pixels per point. */
function columnPixels(points: number | undefined): number {
  if (points === undefined) return DEFAULT_COLUMN_PIXELS;
  return Math.min(MAX_COLUMN_PIXELS, Math.max(24, Math.round((points * 4) / 3)));
}

function cellClass(selected: boolean, active: boolean, wrap: boolean | undefined): string {
  return ['cell', selected ? 'selected' : '', active ? 'active' : '', wrap ? 'wrap' : ''].filter(Boolean).join(' ');
}

const ALIGNMENT: Partial<Record<string, CSSProperties['textAlign']>> = { Left: 'left', Center: 'center', Right: 'right', Justify: 'justify' };

function cellStyle(cell: MemoryCellSnapshot): CSSProperties | undefined {
  const { format } = cell;
  const textAlign = (format.horizontal && ALIGNMENT[format.horizontal]) ?? (typeof cell.value === 'number' ? 'right' : undefined);
  return {
    fontWeight: format.bold ? 600 : undefined,
    fontStyle: format.italic ? 'italic' : undefined,
    fontSize: format.fontSize ? `${Math.round((format.fontSize * 4) / 3)}px` : undefined,
    backgroundColor: format.fill,
    color: format.fontColor,
    textAlign,
    verticalAlign: format.vertical === 'Top' ? 'top' : format.vertical === 'Center' ? 'middle' : undefined,
  };
}
