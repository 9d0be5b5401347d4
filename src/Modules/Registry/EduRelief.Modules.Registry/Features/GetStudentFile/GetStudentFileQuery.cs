using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.GetStudentFile;

/// <summary>Viewing a whole student file is a sensitive read: every view is audited.</summary>
internal sealed record GetStudentFileQuery(Guid StudentId) : IQuery<StudentFileResponse>, IAudited
{
    public string AuditRecords => $"student:{StudentId}";
}
