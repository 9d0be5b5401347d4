using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;

namespace EduRelief.Host.Demo.InProcess;

/// <summary>
/// Sends a request through the Host's own pipeline (<see cref="InProcessPipeline"/>) as <paramref name="user"/>, as a
/// server would hand it over: a request scope of its own, the same authorization, validation, audit and problem
/// details as over HTTP. No port is opened and no sign-in token is made.
/// </summary>
internal sealed class InProcessHandler(InProcessPipeline pipeline, IHttpContextFactory contexts, ClaimsPrincipal user) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Task<HttpResponseMessage> sent;

        // Each request runs outside the flow that sent it, as a server's would: when the generator runs inside a
        // request of its own (the Admin endpoint), that request keeps its own context.
        using (ExecutionContext.SuppressFlow())
        {
            sent = Task.Run(() => RunAsync(request, body, cancellationToken), cancellationToken);
        }

        return await sent;
    }

    private async Task<HttpResponseMessage> RunAsync(HttpRequestMessage request, byte[] body, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var headers = new HeaderDictionary();
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.ToArray();
        }

        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers)
            {
                headers[name] = values.ToArray();
            }

            headers.ContentLength = body.Length;
        }

        headers["Host"] = uri.Authority;
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Method = request.Method.Method,
            Scheme = uri.Scheme,
            Path = Uri.UnescapeDataString(uri.AbsolutePath),
            PathBase = string.Empty,
            QueryString = uri.Query,
            RawTarget = uri.PathAndQuery,
            Protocol = "HTTP/1.1",
            Headers = headers,
            Body = new MemoryStream(body, writable: false),
        });
        features.Set<IHttpRequestBodyDetectionFeature>(new RequestBodyDetection(body.Length > 0));
        var response = new InProcessResponse();
        var responseBody = new MemoryStream();
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(responseBody));
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { RemoteIpAddress = IPAddress.Loopback, LocalIpAddress = IPAddress.Loopback });
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });

        var context = contexts.Create(features);
        context.User = user;
        try
        {
            await pipeline.Pipeline(context);
            await response.StartAsync();
        }
        finally
        {
            await response.CompleteAsync();
            contexts.Dispose(context);
        }

        var message = new HttpResponseMessage((HttpStatusCode)response.StatusCode)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(responseBody.ToArray()),
        };
        foreach (var (name, values) in response.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                message.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        return message;
    }
}
