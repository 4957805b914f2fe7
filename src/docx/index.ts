export { buildReportDocx } from './build-report-docx';
