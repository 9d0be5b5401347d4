using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Domain;

namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>What a case's steps add to the student's file (一生一档); sent through the outbox, idempotent per step.</summary>
internal static class StudentFileEntries
{
    public static AppendStudentFileEntryCommand Of(DropoutCase kase, CaseStep step) => new()
    {
        StudentId = kase.StudentId,
        SourceModule = DropoutControlModule.ModuleName,
        SourceReference = $"case:{kase.Id}:step:{step.Number}",
        Kind = step.Kind,
        Title = step.Title,
        OccurredOn = step.On,
        Details = step.Details,
    };
}
