// Diagnostic stand-in for the Chart's visually hidden data table, used only by
// `npm run bench:render -- --without-chart-data-table` to measure what that table costs.
export const ChartDataTable = () => null;
