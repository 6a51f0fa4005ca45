import { CHART_CHINESE } from '../common/messages-chinese.js';
import { CHART_ENGLISH } from '../common/messages-english.js';
import type { ChartCopy } from '../common/messages.js';
import { useCopy } from '../common/messages-provider.js';

/** The chart's copy in the view's locale: only the chart's strings are bundled with it. */
export const useChartCopy = (): ChartCopy => useCopy(CHART_ENGLISH, CHART_CHINESE);
