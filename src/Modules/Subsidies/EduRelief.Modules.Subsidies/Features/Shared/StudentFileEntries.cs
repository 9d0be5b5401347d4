using EduRelief.Contracts.Registry;
using EduRelief.Modules.Subsidies.Domain;

namespace EduRelief.Modules.Subsidies.Features.Shared;

/// <summary>What an award adds to the student's file (一生一档); sent through the outbox, idempotent per award.</summary>
internal static class StudentFileEntries
{
    /// <param name="details">The bank's reference for money paid, or the rule for aid given in kind.</param>
    public static AppendStudentFileEntryCommand Awarded(Programme programme, Batch batch, Guid studentId, decimal amount, DateOnly on, string details) => new()
    {
        StudentId = studentId,
        SourceModule = "Subsidies",
        SourceReference = $"award:{batch.Programme}:{batch.Term}:{studentId}",
        Kind = "AidPaid",
        Title = $"{programme.Name} {batch.Term}",
        OccurredOn = on,
        Amount = amount,
        Details = details,
    };
}
