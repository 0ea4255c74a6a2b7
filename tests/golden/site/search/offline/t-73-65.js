/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-73-65","TY/hDoIwDITfZb+XC10AxbeBMRAMTscgJsZ3t1uJ8cey3Nf2rn2r1Vl/79VF0YhC6aSDi6wLFLrjZ0G64X9Gj+bX0IaJeyLzClc9YNYl7H+1TR4jnsKiDymCrSJGQVsmJVZ2MMJcIgae8ygIWRKqsWWV96xxEpECKlDLG960AZ31C91Rmhap0wDTZ/Zocx5fI+NhFxl5eVMdaLIyQ5K3u5AzvKaAWX2+");
