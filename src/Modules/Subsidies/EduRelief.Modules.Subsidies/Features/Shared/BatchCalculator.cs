using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Catalogue;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>
/// Fills a draft batch from the registry: every student the programme's rule selects for the term, with the amount
/// of the rate in force and the rule that gave it, except students already paid or reserved for that term.
/// Students are read as a stream and lines written as they come, so 100,000 of them never sit in memory.
/// Call it inside the transaction that saved the batch row.
/// </summary>
internal sealed class BatchCalculator(SubsidiesDbContext db, IMediator mediator)
{
    public async Task<int> FillAsync(Batch batch, Programme programme, ProgrammeRate rate, Term term, IReadOnlyDictionary<Guid, string> exclusions, CancellationToken cancellationToken)
    {
        var alreadyAwarded = (await db.Payments
                .Where(p => p.Programme == batch.Programme && p.Term == batch.Term)
                .Select(p => p.StudentId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var period = new DateRange { From = term.StartsOn, To = term.EndsOn };
        var students = await mediator.Send(new StreamStudentsQuery { Criteria = EligibilityRules.CriteriaFor(programme.Code, period) }, cancellationToken);
        var rule = EligibilityRules.Describe(programme.Code);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A batch is filled inside the transaction that saved it.");
        using var writer = new BatchLineWriter(db.Database.GetDbConnection(), transaction);
        var count = 0;
        await foreach (var student in students.WithCancellation(cancellationToken))
        {
            if (alreadyAwarded.Contains(student.Id) || !EligibilityRules.Applies(programme.Code, student)
                || rate.Lines.FirstOrDefault(l => l.Matches(student.Stage, student.Boarding)) is not { } line)
            {
                continue;
            }

            var excluded = exclusions.TryGetValue(student.Id, out var reason);
            writer.Add(new BatchLine
            {
                BatchId = batch.Id,
                StudentId = student.Id,
                NationalId = student.NationalId,
                Name = student.Name,
                SchoolCode = student.SchoolCode,
                TownshipCode = student.TownshipCode,
                Amount = line.AmountPerTerm,
                Rule = $"{rule}: {line.Describe()}",
                Status = excluded ? LineStatus.Excluded : LineStatus.Pending,
                Note = excluded ? reason : null,
            });
            count++;
        }

        return count;
    }
}
