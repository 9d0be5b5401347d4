using EduRelief.Web.Uploads;
using Microsoft.Extensions.Time.Testing;

namespace EduRelief.Web.Tests;

public sealed class ReadProgressStreamTests
{
    [Fact]
    public async Task The_bytes_read_are_reported_as_they_go_and_once_at_the_end()
    {
        var time = new FakeTimeProvider();
        var reports = new List<long>();
        await using var stream = new ReadProgressStream(new MemoryStream(new byte[10_000]), reports.Add, time);
        var buffer = new byte[4_000];

        await stream.ReadExactlyAsync(buffer.AsMemory(0, 4_000));
        await stream.ReadExactlyAsync(buffer.AsMemory(0, 4_000));
        time.Advance(TimeSpan.FromSeconds(1));
        await stream.ReadExactlyAsync(buffer.AsMemory(0, 2_000));
        Assert.Equal(0, await stream.ReadAsync(buffer));

        // The first read, the one after the interval, and the end; the second came too soon after the first.
        Assert.Equal([4_000L, 10_000L, 10_000L], reports);
    }
}
