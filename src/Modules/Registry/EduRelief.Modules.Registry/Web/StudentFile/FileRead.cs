using EduRelief.Modules.Registry.Features.GetStudentFile;
using EduRelief.Web.Requests;

namespace EduRelief.Modules.Registry.Web.StudentFile;

/// <summary>What the prerendered page read, handed on to the circuit (the file is not read, nor audited, twice).</summary>
internal sealed record FileRead(StudentFileResponse? File, PageProblem? Problem);
