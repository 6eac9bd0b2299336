import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set (OTLP over HTTP, the exporter's own
 * OTEL_* variables apply): a span for each HTTP request, its GraphQL parse, validation and
 * resolvers, and each SQL statement (the text without values). Loaded first by main.ts, before the
 * modules it instruments; without the variable it does nothing.
 */
export interface Tracing {
  shutdown(): Promise<void>;
}

export function startTracing(env: NodeJS.ProcessEnv = process.env): Tracing | null {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return null;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || 'supportchain' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Health checks and metrics scrapes are not worth a trace each.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)/.test(req.url ?? '') }),
      new ExpressInstrumentation(),
      // Resolver spans for fields that resolve something, not one per scalar.
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      // The ORM inlines some values into the statement text: the span keeps the statement's shape only.
      new PgInstrumentation({ enhancedDatabaseReporting: false, requestHook: (span, { query }) => span.setAttribute('db.query.text', statementShape(query.text)) }),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}

/**
 * A statement without its literal values: quoted strings, dollar-quoted strings and numbers become
 * `?`, so a trace never carries a name, an e-mail address or a token the ORM wrote into the SQL.
 */
export function statementShape(sql: string): string {
  return sql
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/(?<![\w$."])-?\b\d+(?:\.\d+)?\b/g, '?');
}
