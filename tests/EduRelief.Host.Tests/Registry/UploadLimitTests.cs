using System.Net;
using System.Text;
using EduRelief.Host.Tests.Infrastructure;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>EduRelief:Registry:MaxImportBytes bounds every upload, whether or not the client says how long it is.</summary>
[Collection(HostCollection.Name)]
public sealed class UploadLimitTests(SmallUploadLimitApp small) : IClassFixture<SmallUploadLimitApp>
{
    private readonly HttpClient _client = small.Factory.CreateClient();

    [Fact]
    public async Task A_roster_under_the_limit_is_imported()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var csv = Csv(RosterHeader, RosterLine(TestIds.NationalId(), schoolCode));
        Assert.True(Encoding.UTF8.GetByteCount(csv) < SmallUploadLimitApp.MaxImportBytes);

        var report = await (await _client.ImportRosterAsync(csv)).ShouldBeAsync(HttpStatusCode.OK);

        report.AssertRosterCounts(accepted: 1);
    }

    [Fact]
    public async Task A_roster_over_the_limit_is_refused_as_too_large_and_nothing_is_stored()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var bytes = RosterUploadTests.LargeRoster(schoolCode, 2048);

        var response = await _client.PostCsvBytesAsync(Roster, bytes);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.NotNull(problem["detail"]);
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task A_roster_over_the_limit_sent_without_a_length_is_stopped_as_too_large_and_nothing_is_stored()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var content = new UnknownLengthContent(RosterUploadTests.LargeRoster(schoolCode, 2048));

        var response = await _client.PostAsync(Roster, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await _client.CountStudentsAsync($"schoolCode={schoolCode}"));
    }

    [Fact]
    public async Task A_household_list_over_the_limit_is_refused_as_too_large()
    {
        var lines = Enumerable.Range(0, 100).Select(i => $"HH-BIG-{i},RegisteredPoorHousehold,2024-03-01,Active");
        var csv = Csv([HouseholdImportTests.Header, .. lines]);

        var response = await _client.PostCsvAsync(Households, csv);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_household_list_over_the_limit_sent_without_a_length_is_stopped_as_too_large()
    {
        var lines = Enumerable.Range(0, 100).Select(i => $"HH-BIG-{i},RegisteredPoorHousehold,2024-03-01,Active");
        var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(Csv([HouseholdImportTests.Header, .. lines])));

        var response = await _client.PostAsync(Households, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_too_large_refusal_states_the_limit_as_configured()
    {
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var response = await _client.PostCsvBytesAsync(Roster, RosterUploadTests.LargeRoster(schoolCode, 2048));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.DoesNotContain(" 0 MB", problem.Text("detail"), StringComparison.Ordinal);
    }

    /// <summary>A CSV body sent chunked: the server learns its size only by reading it.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
