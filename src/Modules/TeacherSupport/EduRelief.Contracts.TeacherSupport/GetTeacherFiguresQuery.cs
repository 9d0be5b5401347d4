using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.TeacherSupport;

/// <summary>The year's teacher figures, counted from the records within the caller's scope (API.md, TeacherSupport <c>/figures</c>).</summary>
public sealed record GetTeacherFiguresQuery(int Year) : IQuery<TeacherFiguresDto>;
