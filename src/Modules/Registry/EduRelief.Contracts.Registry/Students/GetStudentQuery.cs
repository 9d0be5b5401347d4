using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>One student by id or by national ID (give one); null when there is none.</summary>
public sealed record GetStudentQuery : IQuery<StudentDto?>
{
    public Guid? StudentId { get; init; }

    public string? NationalId { get; init; }
}
