using System.Threading.Channels;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.BuildingBlocks.Persistence.Bulk;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>
/// Fills a draft batch: every student the programme is for in the term (from the registry by the programme's rule, or
/// for Rain-Dew from Vocational's enrolments: <see cref="EligibleStudents"/>), with the amount
/// of the rate in force and the rule that gave it, except students already paid or reserved for that term.
/// Students are read as a stream and lines written as they come, so 100,000 of them never sit in memory; reading
/// the registry and writing the lines run side by side, handing lines over through a small bounded queue.
/// Call it inside the transaction that saved the batch row.
/// </summary>
internal sealed class BatchCalculator(SubsidiesDbContext db, IMediator mediator)
{
    private const int LinesInFlight = 2048;

    /// <summary>After a large batch committed, the planner learns of its lines and awards (see <see cref="PlannerStatistics"/>).</summary>
    public static async Task AfterBulkWriteAsync(SubsidiesDbContext db, int rows, CancellationToken cancellationToken)
    {
        if (rows >= BulkWriter.DefaultChunkRows)
        {
            await db.RefreshStatisticsAsync(cancellationToken, typeof(BatchLine), typeof(Payment));
        }
    }

    public async Task<int> FillAsync(Batch batch, Programme programme, ProgrammeRate rate, Term term, IReadOnlyDictionary<Guid, string> exclusions, CancellationToken cancellationToken)
    {
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("A batch is filled inside the transaction that saved it.");
        var alreadyAwarded = (await db.Payments
                .Where(p => p.Programme == batch.Programme && p.Term == batch.Term)
                .Select(p => p.StudentId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var period = new DateRange { From = term.StartsOn, To = term.EndsOn };
        var students = await mediator.StreamEligibleAsync(programme.Code, period, cancellationToken);
        var lines = new BatchLineComputation(batch, programme.Code, rate, alreadyAwarded, exclusions);

        var queue = Channel.CreateBounded<BatchLine>(new BoundedChannelOptions(LinesInFlight) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Database calls on the writing side block their thread, so the reading side gets its own to run beside the writing one.
        var reading = Task.Run(() => lines.ComputeAsync(students, queue.Writer, stop.Token), stop.Token);
        var count = 0;
        try
        {
            using var writer = new BatchLineWriter(db, batch.Id);
            await foreach (var line in queue.Reader.ReadAllAsync(stop.Token))
            {
                writer.Add(line);
                count++;
            }

            writer.Flush();
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return count;
    }
}
