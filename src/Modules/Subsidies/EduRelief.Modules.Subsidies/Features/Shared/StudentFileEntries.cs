using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Domain;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>What an award adds to the student's file (一生一档); sent through the outbox, idempotent per award.</summary>
internal static class StudentFileEntries
{
    public static AppendStudentFileEntryCommand Awarded(Programme programme, Batch batch, BatchLine line, DateOnly on, Payment payment) => new()
    {
        StudentId = line.StudentId,
        SourceModule = "Subsidies",
        SourceReference = $"award:{batch.Programme}:{batch.Term}:{line.StudentId}",
        Kind = "AidPaid",
        Title = $"{programme.Name} {batch.Term}",
        OccurredOn = on,
        Amount = payment.Amount,
        Details = payment.BankReference is { } reference ? $"bank reference {reference}" : line.Rule,
    };
}
