#include <dlfcn.h>
#include <chrono>
#include <cstdio>
int main(){ using C=std::chrono::steady_clock; auto t0=C::now(); void*h=dlopen("./libmod.so",RTLD_NOW); auto t1=C::now(); auto w=(int(*)())dlsym(h,"warm"); int r=w(); auto t2=C::now(); auto t3=C::now(); w(); auto t4=C::now();
std::printf("dlopen %.2f ms, first use %.2f ms, second %.3f ms (%d)\n", std::chrono::duration<double,std::milli>(t1-t0).count(), std::chrono::duration<double,std::milli>(t2-t1).count(), std::chrono::duration<double,std::milli>(t4-t3).count(), r);}
