using MediatR;

namespace EduRelief.Modules.Registry.Features.GetStudentFile;

internal sealed record GetStudentFileQuery(Guid StudentId) : IRequest<StudentFileResponse>;
