export type Page<T> = {
  items: T[];
  /** 1-based page number. */
  page: number;
  totalPages: number;
};

/** How many pages `total` items fill, `pageSize` a page; an empty list still has its page 1. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The number of items before page `page` (1-based), for a store's OFFSET. */
export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/** One page of a list, or undefined when the page number is out of range (a 404, not an empty page). */
export function paginate<T>(
  all: readonly T[],
  page: number,
  pageSize: number,
): Page<T> | undefined {
  const totalPages = pageCount(all.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return {
    items: all.slice(pageOffset(page, pageSize), pageOffset(page + 1, pageSize)),
    page,
    totalPages,
  };
}

/** Parses a page number from a URL segment; only canonical forms ("2", not "02" or "2.0") count. */
export function parsePageNumber(segment: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : undefined;
}
