using System.Net;
using EduRelief.Contracts.Registry;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.SharedKernel.Errors;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.Platform;

/// <summary>What another module sees when it appends to a student file through Registry's public command.</summary>
[Collection(HostCollection.Name)]
public sealed class StudentFileContractTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task An_entry_sent_twice_is_in_the_file_once()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var id = Guid.Parse(await _client.StudentAsync(school));
        var command = new AppendStudentFileEntryCommand
        {
            StudentId = id,
            SourceModule = "Subsidies",
            SourceReference = $"payment:{id}:LivingSubsidy:2025-2",
            Kind = "AidPaid",
            Title = "生活补助 2025年秋季",
            OccurredOn = new DateOnly(2025, 10, 15),
            Amount = 500.00m,
        };

        var first = await SendAsync(command);
        var second = await SendAsync(command);

        Assert.True(first.Appended);
        Assert.False(second.Appended);
        Assert.Equal(first.EntryId, second.EntryId);
        var file = await (await _client.GetAsync($"/api/registry/students/{id}/file")).ShouldBeAsync(HttpStatusCode.OK);
        var entry = Assert.Single(file["entries"]!.AsArray())!;
        Assert.Equal(500.00m, entry["amount"]!.GetValue<decimal>());
        Assert.Equal("生活补助 2025年秋季", entry["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_entry_for_an_unknown_student_is_refused()
    {
        var command = new AppendStudentFileEntryCommand
        {
            StudentId = Guid.NewGuid(),
            SourceModule = "Subsidies",
            SourceReference = "payment:unknown",
            Kind = "AidPaid",
            Title = "生活补助",
            OccurredOn = new DateOnly(2025, 10, 15),
        };

        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(command));
    }

    [Fact]
    public async Task An_amount_with_more_than_two_decimals_is_refused()
    {
        var (_, school) = await _client.TownshipWithSchoolAsync();
        var command = new AppendStudentFileEntryCommand
        {
            StudentId = Guid.Parse(await _client.StudentAsync(school)),
            SourceModule = "Subsidies",
            SourceReference = "payment:fractional",
            Kind = "AidPaid",
            Title = "生活补助",
            OccurredOn = new DateOnly(2025, 10, 15),
            Amount = 500.005m,
        };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => SendAsync(command));
        Assert.True(error.Errors.ContainsKey("amount"));
    }

    private async Task<AppendStudentFileEntryResult> SendAsync(AppendStudentFileEntryCommand command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }
}
