using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.ViewStudent;

/// <summary>A person looking at one student: 404 when missing or outside their scope (the latter audited).</summary>
internal sealed record ViewStudentQuery(Guid StudentId) : IQuery<StudentDto>;
