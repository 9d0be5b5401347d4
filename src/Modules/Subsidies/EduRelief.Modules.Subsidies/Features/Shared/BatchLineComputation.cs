using System.Threading.Channels;
using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Domain;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>The line, if any, one eligible student gets in a batch: the rate's amount, the award already made, the exclusions.</summary>
internal sealed class BatchLineComputation(
    Batch batch, ProgrammeCode programme, ProgrammeRate rate, IReadOnlySet<Guid> alreadyAwarded, IReadOnlyDictionary<Guid, string> exclusions)
{
    private readonly Dictionary<RateLine, string> _rules = rate.Lines.ToDictionary(l => l, l => StoredText.Rule(programme, l));

    /// <summary>Writes each student's line to <paramref name="output"/> and completes it, with the failure if reading fails.</summary>
    public async Task ComputeAsync(IAsyncEnumerable<EligibleStudent> students, ChannelWriter<BatchLine> output, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var student in students.WithCancellation(cancellationToken))
            {
                if (LineFor(student) is { } line)
                {
                    await output.WriteAsync(line, cancellationToken);
                }
            }

            output.Complete();
        }
        catch (Exception ex)
        {
            output.Complete(ex);
        }
    }

    private BatchLine? LineFor(EligibleStudent student)
    {
        if (alreadyAwarded.Contains(student.Id) || RateLineFor(student) is not { } rateLine)
        {
            return null;
        }

        var excluded = exclusions.TryGetValue(student.Id, out var reason);
        return new BatchLine
        {
            BatchId = batch.Id,
            StudentId = student.Id,
            NationalId = student.NationalId,
            Name = student.Name,
            SchoolCode = student.SchoolCode,
            TownshipCode = student.TownshipCode,
            Amount = rateLine.AmountPerTerm,
            Rule = _rules[rateLine],
            Status = excluded ? LineStatus.Excluded : LineStatus.Pending,
            Note = excluded ? reason : null,
        };
    }

    private RateLine? RateLineFor(EligibleStudent student)
    {
        foreach (var line in rate.Lines)
        {
            if (line.Matches(student.Stage, student.Boarding))
            {
                return line;
            }
        }

        return null;
    }
}
