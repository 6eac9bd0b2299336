/** GET /metrics of the instance on `port`: its status and Prometheus text. */
export const metricsOf = async (port: number, headers: Record<string, string> = {}) => {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, { headers });
  return { status: res.status, text: await res.text() };
};

/** The value of the series `name{labels}` in Prometheus' text format, whatever the order of its labels. */
export const valueOf = (text: string, series: string) => {
  const [, name, wanted = ''] = /^(\w+)(?:\{(.*)\})?$/.exec(series)!;
  const labels = (s: string) => s.split(/,(?=\w+=")/).filter(Boolean).sort().join(',');
  for (const line of text.split('\n')) {
    const m = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (m && m[1] === name && labels(m[2] ?? '') === labels(wanted)) return Number(m[3]);
  }
  return undefined;
};
