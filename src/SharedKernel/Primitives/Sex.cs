namespace EduRelief.SharedKernel.Primitives;

public enum Sex
{
    Female = 0,
    Male = 1,
}
