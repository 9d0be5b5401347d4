using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EduRelief.Host.Demo.InProcess;

/// <summary>
/// The county's HTTP API as one demo clerk calls it in-process (<see cref="InProcessHandler"/>): JSON in and out, and
/// any refusal, a 409 too, a <see cref="DemoStepFailedException"/> with the module's problem — the steps look up the
/// natural keys a module lists before they create, so a conflict means the plan and the module disagree.
/// </summary>
internal sealed class CountyApi(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<JsonNode?> GetAsync(string route, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(route, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return await ReadAsync(response, route, cancellationToken);
    }

    public async Task<string> GetTextAsync(string route, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(route, cancellationToken);
        await EnsureSuccessAsync(response, route, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>Every item of a paged list (<c>{items, page, pageSize, total}</c>).</summary>
    public async IAsyncEnumerable<JsonNode> ListAsync(string route, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var separator = route.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var answer = await GetAsync($"{route}{separator}page={page}&pageSize=500", cancellationToken)
                ?? throw new DemoStepFailedException($"GET {route}: 404");
            var items = answer["items"]!.AsArray();
            foreach (var item in items)
            {
                yield return item!;
            }

            if (items.Count < 500 || page * 500 >= answer["total"]!.GetValue<int>())
            {
                yield break;
            }
        }
    }

    /// <summary>The <c>code</c> of every item of a list: the natural keys already there.</summary>
    public async Task<HashSet<string>> CodesAsync(string route, CancellationToken cancellationToken)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in ListAsync(route, cancellationToken))
        {
            codes.Add(item["code"]!.GetValue<string>());
        }

        return codes;
    }

    public Task<JsonNode?> PostAsync(string route, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, route, JsonContent.Create(body, options: Json), cancellationToken);

    public Task<JsonNode?> PutAsync(string route, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, route, JsonContent.Create(body, options: Json), cancellationToken);

    public Task<JsonNode?> PatchAsync(string route, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, route, JsonContent.Create(body, options: Json), cancellationToken);

    /// <summary>A file upload as the console sends it: the CSV as the body, UTF-8.</summary>
    public Task<JsonNode?> UploadCsvAsync(string route, string csv, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, route, new StringContent(csv, new UTF8Encoding(false), "text/csv"), cancellationToken);

    private async Task<JsonNode?> SendAsync(HttpMethod method, string route, HttpContent content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, route) { Content = content };
        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, $"{method} {route}", cancellationToken);
    }

    private static async Task<JsonNode?> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, what, cancellationToken);
        return await BodyAsync(response, cancellationToken);
    }

    private static async Task<JsonNode?> BodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoStepFailedException(
                $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}
