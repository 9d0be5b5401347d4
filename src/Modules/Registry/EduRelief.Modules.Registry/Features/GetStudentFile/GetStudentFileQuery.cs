using EduRelief.SharedKernel.Auditing;
using MediatR;

namespace EduRelief.Modules.Registry.Features.GetStudentFile;

/// <summary>Viewing a whole student file is a sensitive read: every view is audited.</summary>
internal sealed record GetStudentFileQuery(Guid StudentId) : IRequest<StudentFileResponse>, IAudited
{
    public string AuditRecords => $"student:{StudentId}";
}
